using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConventionsAndTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conventions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    partner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    review_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    frequency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    due_before_day = table.Column<int>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    allowed_items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    retention_months_after_end = table.Column<int>(type: "INTEGER", nullable: false),
                    retention_months_after_accompaniment = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conventions", x => new { x.plie_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "convention_correspondents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    convention_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    side = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_convention_correspondents", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_convention_correspondents_conventions_plie_id_convention_id",
                        columns: x => new { x.plie_id, x.convention_id },
                        principalTable: "conventions",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tracking_dispatches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    convention_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    partner_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    produced_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    produced_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tracking_dispatches", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_tracking_dispatches_conventions_plie_id_convention_id",
                        columns: x => new { x.plie_id, x.convention_id },
                        principalTable: "conventions",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_convention_correspondents_plie_id_convention_id",
                table: "convention_correspondents",
                columns: new[] { "plie_id", "convention_id" });

            migrationBuilder.CreateIndex(
                name: "ix_conventions_plie_id_partner_id",
                table: "conventions",
                columns: new[] { "plie_id", "partner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tracking_dispatches_plie_id_convention_id_month",
                table: "tracking_dispatches",
                columns: new[] { "plie_id", "convention_id", "month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "convention_correspondents");

            migrationBuilder.DropTable(
                name: "tracking_dispatches");

            migrationBuilder.DropTable(
                name: "conventions");
        }
    }
}
