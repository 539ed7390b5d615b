using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommissionSessionsAndIntegrationFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commission_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commission_sessions", x => new { x.plie_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "eligibility_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    met = table.Column<bool>(type: "INTEGER", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligibility_reviews", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_eligibility_reviews_persons_plie_id_person_id",
                        columns: x => new { x.plie_id, x.person_id },
                        principalTable: "persons",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "integration_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    integration_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    contract_signed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    pni_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    pni_confirmed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_files", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_integration_files_persons_plie_id_person_id",
                        columns: x => new { x.plie_id, x.person_id },
                        principalTable: "persons",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commission_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    proposed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    proposed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    reorientation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    referent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    fact_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commission_items", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_commission_items_commission_sessions_plie_id_session_id",
                        columns: x => new { x.plie_id, x.session_id },
                        principalTable: "commission_sessions",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_commission_items_persons_plie_id_person_id",
                        columns: x => new { x.plie_id, x.person_id },
                        principalTable: "persons",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commission_items_plie_id_person_id",
                table: "commission_items",
                columns: new[] { "plie_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_commission_items_plie_id_session_id",
                table: "commission_items",
                columns: new[] { "plie_id", "session_id" });

            migrationBuilder.CreateIndex(
                name: "ix_commission_sessions_plie_id_date",
                table: "commission_sessions",
                columns: new[] { "plie_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_reviews_plie_id_person_id",
                table: "eligibility_reviews",
                columns: new[] { "plie_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_files_plie_id_person_id_integration_date",
                table: "integration_files",
                columns: new[] { "plie_id", "person_id", "integration_date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commission_items");

            migrationBuilder.DropTable(
                name: "eligibility_reviews");

            migrationBuilder.DropTable(
                name: "integration_files");

            migrationBuilder.DropTable(
                name: "commission_sessions");
        }
    }
}
