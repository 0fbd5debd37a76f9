using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Activities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Findings",
                table: "Activities",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Law",
                table: "Activities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LawArticles",
                table: "Activities",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Places",
                table: "Activities",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Projects",
                table: "Activities",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Activities",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ActivityFile",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityFile_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityOpinion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivingUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivingUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityOpinion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityOpinion_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityOpinion_HandlingUnits_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityParticipant_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityParticipant_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivitySuggestion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivitySuggestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivitySuggestion_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivitySuggestion_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityUnit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityUnit_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityUnit_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupPlanItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupPlanItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupPlanItem_DeputyGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "DeputyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityFile_ActivityId",
                table: "ActivityFile",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityFile_TownshipId",
                table: "ActivityFile",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinion_ActivityId",
                table: "ActivityOpinion",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinion_ReceivingUnitId",
                table: "ActivityOpinion",
                column: "ReceivingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinion_TownshipId",
                table: "ActivityOpinion",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityParticipant_ActivityId_DeputyId",
                table: "ActivityParticipant",
                columns: new[] { "ActivityId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityParticipant_DeputyId",
                table: "ActivityParticipant",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityParticipant_TownshipId",
                table: "ActivityParticipant",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySuggestion_ActivityId",
                table: "ActivitySuggestion",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySuggestion_SuggestionId",
                table: "ActivitySuggestion",
                column: "SuggestionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySuggestion_TownshipId",
                table: "ActivitySuggestion",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityUnit_ActivityId",
                table: "ActivityUnit",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityUnit_TownshipId",
                table: "ActivityUnit",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityUnit_UnitId",
                table: "ActivityUnit",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupPlanItem_GroupId_Year",
                table: "GroupPlanItem",
                columns: new[] { "GroupId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupPlanItem_TownshipId",
                table: "GroupPlanItem",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityFile");

            migrationBuilder.DropTable(
                name: "ActivityOpinion");

            migrationBuilder.DropTable(
                name: "ActivityParticipant");

            migrationBuilder.DropTable(
                name: "ActivitySuggestion");

            migrationBuilder.DropTable(
                name: "ActivityUnit");

            migrationBuilder.DropTable(
                name: "GroupPlanItem");

            migrationBuilder.DropColumn(
                name: "Findings",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Law",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "LawArticles",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Places",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Projects",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Activities");
        }
    }
}
