using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReconciliationAndCorrespondents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "correspondent_access",
                table: "conventions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "pni_reconciliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<Guid>(type: "uuid", nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    agencies = table.Column<List<string>>(type: "text[]", maxLength: 2000, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    lines = table.Column<int>(type: "integer", nullable: false),
                    agreed = table.Column<int>(type: "integer", nullable: false),
                    in_pathway = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pni_reconciliations", x => new { x.plie_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_differences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reconciliation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    france_travail_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    line = table.Column<int>(type: "integer", nullable: true),
                    plie_date = table.Column<DateOnly>(type: "date", nullable: true),
                    france_travail_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_differences", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_reconciliation_differences_persons_plie_id_person_id",
                        columns: x => new { x.plie_id, x.person_id },
                        principalTable: "persons",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reconciliation_differences_pni_reconciliations_plie_id_reco",
                        columns: x => new { x.plie_id, x.reconciliation_id },
                        principalTable: "pni_reconciliations",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pni_reconciliations_plie_id_imported_at",
                table: "pni_reconciliations",
                columns: new[] { "plie_id", "imported_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_differences_plie_id_person_id",
                table: "reconciliation_differences",
                columns: new[] { "plie_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_differences_plie_id_reconciliation_id",
                table: "reconciliation_differences",
                columns: new[] { "plie_id", "reconciliation_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reconciliation_differences");

            migrationBuilder.DropTable(
                name: "pni_reconciliations");

            migrationBuilder.DropColumn(
                name: "correspondent_access",
                table: "conventions");
        }
    }
}
