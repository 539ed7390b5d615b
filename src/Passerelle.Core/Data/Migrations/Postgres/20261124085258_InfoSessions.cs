using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InfoSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "info_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    organiser = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_info_sessions", x => new { x.plie_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "convocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    attendance = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    convoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attendance_recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_convocations", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_convocations_info_sessions_plie_id_session_id",
                        columns: x => new { x.plie_id, x.session_id },
                        principalTable: "info_sessions",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_convocations_persons_plie_id_person_id",
                        columns: x => new { x.plie_id, x.person_id },
                        principalTable: "persons",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_convocations_plie_id_person_id",
                table: "convocations",
                columns: new[] { "plie_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_convocations_plie_id_reference",
                table: "convocations",
                columns: new[] { "plie_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_convocations_plie_id_session_id_ordinal",
                table: "convocations",
                columns: new[] { "plie_id", "session_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_convocations_plie_id_session_id_person_id",
                table: "convocations",
                columns: new[] { "plie_id", "session_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_info_sessions_plie_id_date",
                table: "info_sessions",
                columns: new[] { "plie_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_info_sessions_plie_id_year_number",
                table: "info_sessions",
                columns: new[] { "plie_id", "year", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "convocations");

            migrationBuilder.DropTable(
                name: "info_sessions");
        }
    }
}
