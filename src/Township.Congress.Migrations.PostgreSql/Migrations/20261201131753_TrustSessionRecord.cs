using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TrustSessionRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevoteReason",
                table: "SessionVote",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Election",
                type: "integer",
                nullable: false,
                defaultValue: 1); // Every election recorded before rounds were numbered was the first round of its office.

            migrationBuilder.CreateTable(
                name: "SessionCorrection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Change = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ByUserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionCorrection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionCorrection_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionCorrection_SessionId",
                table: "SessionCorrection",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionCorrection_TownshipId",
                table: "SessionCorrection",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionCorrection");

            migrationBuilder.DropColumn(
                name: "RevoteReason",
                table: "SessionVote");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Election");
        }
    }
}
