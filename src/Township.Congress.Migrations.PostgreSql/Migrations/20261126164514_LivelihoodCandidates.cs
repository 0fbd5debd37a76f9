using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LivelihoodCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LivelihoodSeats",
                table: "Sessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Election",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Recorded");

            migrationBuilder.CreateTable(
                name: "LivelihoodCandidate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerUnit = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EstimatedBudget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    For = table.Column<int>(type: "integer", nullable: true),
                    Against = table.Column<int>(type: "integer", nullable: true),
                    Abstain = table.Column<int>(type: "integer", nullable: true),
                    DeputiesInOffice = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<int>(type: "integer", nullable: false),
                    Chosen = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodCandidate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodCandidate_AgendaItem_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodCandidate_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodCandidate_AgendaItemId",
                table: "LivelihoodCandidate",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodCandidate_SessionId_Order",
                table: "LivelihoodCandidate",
                columns: new[] { "SessionId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodCandidate_TownshipId",
                table: "LivelihoodCandidate",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LivelihoodCandidate");

            migrationBuilder.DropColumn(
                name: "LivelihoodSeats",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Election");
        }
    }
}
