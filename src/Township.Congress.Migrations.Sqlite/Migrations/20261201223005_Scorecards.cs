using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Scorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScorecardHandScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ScoredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EvidenceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvidenceBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ScorecardHandScores");
        }
    }
}
