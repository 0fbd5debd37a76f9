using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class VoterContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConstituentContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Constituents = table.Column<int>(type: "integer", nullable: false),
                    Way = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Raised = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConstituentContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConstituentContacts_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConstituentContacts_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NoticePostedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionDays_LiaisonStations_StationId",
                        column: x => x.StationId,
                        principalTable: "LiaisonStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionDays_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionDuty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceptionDayId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionDuty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionDuty_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionDuty_ReceptionDays_ReceptionDayId",
                        column: x => x.ReceptionDayId,
                        principalTable: "ReceptionDays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionVisit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceptionDayId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Matter = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Disposition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_Deputies_ReceivedById",
                        column: x => x.ReceivedById,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_ReceptionDays_ReceptionDayId",
                        column: x => x.ReceptionDayId,
                        principalTable: "ReceptionDays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConstituentContacts_DeputyId",
                table: "ConstituentContacts",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstituentContacts_TownshipId",
                table: "ConstituentContacts",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstituentContacts_TownshipId_Date",
                table: "ConstituentContacts",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDays_StationId",
                table: "ReceptionDays",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDays_TownshipId",
                table: "ReceptionDays",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDays_TownshipId_Date",
                table: "ReceptionDays",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDuty_DeputyId",
                table: "ReceptionDuty",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDuty_ReceptionDayId_DeputyId",
                table: "ReceptionDuty",
                columns: new[] { "ReceptionDayId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDuty_TownshipId",
                table: "ReceptionDuty",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_ReceivedById",
                table: "ReceptionVisit",
                column: "ReceivedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_ReceptionDayId",
                table: "ReceptionVisit",
                column: "ReceptionDayId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_SuggestionId",
                table: "ReceptionVisit",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_TownshipId",
                table: "ReceptionVisit",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_VillageId",
                table: "ReceptionVisit",
                column: "VillageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConstituentContacts");

            migrationBuilder.DropTable(
                name: "ReceptionDuty");

            migrationBuilder.DropTable(
                name: "ReceptionVisit");

            migrationBuilder.DropTable(
                name: "ReceptionDays");
        }
    }
}
