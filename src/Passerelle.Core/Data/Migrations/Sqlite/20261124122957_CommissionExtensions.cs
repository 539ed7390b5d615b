using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "months",
                table: "commission_items",
                type: "INTEGER",
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
