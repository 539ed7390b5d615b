using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommissionExtensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "months",
                table: "journey_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "months",
                table: "commission_items",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "months",
                table: "journey_events");

            migrationBuilder.DropColumn(
                name: "months",
                table: "commission_items");
        }
    }
}
