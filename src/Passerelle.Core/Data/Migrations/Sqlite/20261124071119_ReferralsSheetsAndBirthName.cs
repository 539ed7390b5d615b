using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralsSheetsAndBirthName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "birth_name",
                table: "person_identities",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "referral_sheets",
                columns: table => new
                {
                    plie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    prescriber_organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sent_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    france_travail_id_collision = table.Column<bool>(type: "INTEGER", nullable: false),
                    in_pathway_in_another_plie = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_aah = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_ass = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_education_level = table.Column<int>(type: "INTEGER", nullable: true),
                    situation_followed_by_mission_locale = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_long_term_unemployed = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_qpv = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_rqth = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_rsa = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_self_employed = table.Column<bool>(type: "INTEGER", nullable: false),
                    situation_single_parent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_sheets", x => new { x.plie_id, x.id });
                    table.ForeignKey(
                        name: "fk_referral_sheets_persons_plie_id_person_id",
                        columns: x => new { x.plie_id, x.person_id },
                        principalTable: "persons",
                        principalColumns: new[] { "plie_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_journey_events_plie_id_prescriber_org",
                table: "journey_events",
                columns: new[] { "plie_id", "prescriber_org" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_sheets_plie_id_person_id",
                table: "referral_sheets",
                columns: new[] { "plie_id", "person_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_sheets");

            migrationBuilder.DropIndex(
                name: "ix_journey_events_plie_id_prescriber_org",
                table: "journey_events");

            migrationBuilder.DropColumn(
                name: "birth_name",
                table: "person_identities");
        }
    }
}
