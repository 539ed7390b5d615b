using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BilanQualitatif : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "qualitative_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    convention_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    question = table.Column<int>(type: "integer", nullable: false),
                    answer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qualitative_answers", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_qualitative_answers_conventions_plie_id_convention_id",
                        columns: x => new { x.plie_id, x.convention_id },
                        principalTable: "conventions",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_qualitative_answers_plie_id_convention_id_year_question",
                table: "qualitative_answers",
                columns: new[] { "plie_id", "convention_id", "year", "question" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_qualitative_answers_plie_id_year",
                table: "qualitative_answers",
                columns: new[] { "plie_id", "year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "qualitative_answers");
        }
    }
}
