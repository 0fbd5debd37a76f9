using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PerDeputyVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RecordedPerDeputy",
                table: "SessionVote",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DeputyVote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Choice = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeputyVote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeputyVote_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeputyVote_SessionVote_VoteId",
                        column: x => x.VoteId,
                        principalTable: "SessionVote",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeputyVote_DeputyId",
                table: "DeputyVote",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_DeputyVote_TownshipId",
                table: "DeputyVote",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_DeputyVote_VoteId_DeputyId",
                table: "DeputyVote",
                columns: new[] { "VoteId", "DeputyId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeputyVote");

            migrationBuilder.DropColumn(
                name: "RecordedPerDeputy",
                table: "SessionVote");
        }
    }
}
