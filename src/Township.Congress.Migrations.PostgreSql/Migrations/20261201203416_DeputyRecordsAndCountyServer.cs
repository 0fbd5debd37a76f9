using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DeputyRecordsAndCountyServer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActivityOpinionSpeaker",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpinionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityOpinionSpeaker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityOpinionSpeaker_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityOpinionSpeaker_ActivityOpinion_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "ActivityOpinion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityOpinionSpeaker_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeclaredItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclaredItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclaredItems_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeclaredItems_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeputyInterview",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ForYear = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeputyInterview", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeputyInterview_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeputyInterview_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FrozenRecordYear",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    FrozenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FrozenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrozenRecordYear", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrozenRecordYear_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FrozenScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    FrozenYearId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Band = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    BreakdownJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrozenScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrozenScore_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FrozenScore_FrozenRecordYear_FrozenYearId",
                        column: x => x.FrozenYearId,
                        principalTable: "FrozenRecordYear",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinionSpeaker_ActivityId",
                table: "ActivityOpinionSpeaker",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinionSpeaker_DeputyId",
                table: "ActivityOpinionSpeaker",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinionSpeaker_OpinionId_DeputyId",
                table: "ActivityOpinionSpeaker",
                columns: new[] { "OpinionId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinionSpeaker_TownshipId",
                table: "ActivityOpinionSpeaker",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredItems_DeputyId",
                table: "DeclaredItems",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredItems_TownshipId",
                table: "DeclaredItems",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredItems_TownshipId_Date",
                table: "DeclaredItems",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DeputyInterview_DeputyId",
                table: "DeputyInterview",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_DeputyInterview_TownshipId",
                table: "DeputyInterview",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_FrozenRecordYear_TownshipId",
                table: "FrozenRecordYear",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_FrozenRecordYear_TownshipId_Year",
                table: "FrozenRecordYear",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrozenScore_DeputyId",
                table: "FrozenScore",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_FrozenScore_FrozenYearId_DeputyId",
                table: "FrozenScore",
                columns: new[] { "FrozenYearId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrozenScore_TownshipId",
                table: "FrozenScore",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityOpinionSpeaker");

            migrationBuilder.DropTable(
                name: "DeclaredItems");

            migrationBuilder.DropTable(
                name: "DeputyInterview");

            migrationBuilder.DropTable(
                name: "FrozenScore");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "ProtectionKeys");

            migrationBuilder.DropTable(
                name: "FrozenRecordYear");
        }
    }
}
