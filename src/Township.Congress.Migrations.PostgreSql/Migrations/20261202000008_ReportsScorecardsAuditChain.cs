using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportsScorecardsAuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "character varying(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrevHash",
                table: "AuditEntries",
                type: "character varying(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "AuditEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CopiedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    Occasion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reporter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinalisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FinalisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FrozenFigures = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReports_AnnualReports_CopiedFromId",
                        column: x => x.CopiedFromId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualReports_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AnchorSeq = table.Column<long>(type: "bigint", nullable: false),
                    AnchorHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    HeadSeq = table.Column<long>(type: "bigint", nullable: false),
                    HeadHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FigureRollups",
                columns: table => new
                {
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    ComputedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureRollups", x => new { x.TownshipId, x.Year, x.Key });
                    table.ForeignKey(
                        name: "FK_FigureRollups_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScorecardHandScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ScoredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScoredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EvidenceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvidenceType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EvidenceBytes = table.Column<long>(type: "bigint", nullable: false),
                    Evidence = table.Column<byte[]>(type: "bytea", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScorecardHandScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScorecardHandScores_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReportParagraph",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AnnualReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsHeading = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportParagraph", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportParagraph_AnnualReports_AnnualReportId",
                        column: x => x.AnnualReportId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReportRevision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParagraphId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportRevision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportRevision_AnnualReportParagraph_ParagraphId",
                        column: x => x.ParagraphId,
                        principalTable: "AnnualReportParagraph",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Seq",
                table: "AuditEntries",
                column: "Seq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportParagraph_AnnualReportId_Order",
                table: "AnnualReportParagraph",
                columns: new[] { "AnnualReportId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportParagraph_TownshipId",
                table: "AnnualReportParagraph",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportRevision_ParagraphId_Number",
                table: "AnnualReportRevision",
                columns: new[] { "ParagraphId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportRevision_TownshipId",
                table: "AnnualReportRevision",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_CopiedFromId",
                table: "AnnualReports",
                column: "CopiedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_TownshipId",
                table: "AnnualReports",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_TownshipId_Year_Number",
                table: "AnnualReports",
                columns: new[] { "TownshipId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FigureRollups_TownshipId",
                table: "FigureRollups",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_FigureRollups_Year_Key",
                table: "FigureRollups",
                columns: new[] { "Year", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_ScorecardHandScores_TownshipId",
                table: "ScorecardHandScores",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ScorecardHandScores_TownshipId_Year_Criterion",
                table: "ScorecardHandScores",
                columns: new[] { "TownshipId", "Year", "Criterion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportRevision");

            migrationBuilder.DropTable(
                name: "AuditChainStates");

            migrationBuilder.DropTable(
                name: "FigureRollups");

            migrationBuilder.DropTable(
                name: "ScorecardHandScores");

            migrationBuilder.DropTable(
                name: "AnnualReportParagraph");

            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Seq",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PrevHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "AuditEntries");
        }
    }
}
