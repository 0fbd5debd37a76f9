using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportRevision");

            migrationBuilder.DropTable(
                name: "AnnualReportParagraph");

            migrationBuilder.DropTable(
                name: "AnnualReports");
        }
    }
}
