using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Appraisals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appraisals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Plan = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appraisals_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeardOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalReport_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalSheet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalSheet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalSheet_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalSheet_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalSubject",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    BasicallySatisfied = table.Column<int>(type: "integer", nullable: false),
                    Unsatisfied = table.Column<int>(type: "integer", nullable: false),
                    RectificationItemId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalSubject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalSubject_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalSubject_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalVisit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalVisit_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalVisit_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalMark",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalMark", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalMark_AppraisalSheet_SheetId",
                        column: x => x.SheetId,
                        principalTable: "AppraisalSheet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalMark_AppraisalSubject_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "AppraisalSubject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMark_SheetId_SubjectId",
                table: "AppraisalMark",
                columns: new[] { "SheetId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMark_SubjectId",
                table: "AppraisalMark",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMark_TownshipId",
                table: "AppraisalMark",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalReport_AppraisalId",
                table: "AppraisalReport",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalReport_TownshipId",
                table: "AppraisalReport",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Appraisals_TownshipId",
                table: "Appraisals",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Appraisals_TownshipId_Year",
                table: "Appraisals",
                columns: new[] { "TownshipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheet_AppraisalId_DeputyId",
                table: "AppraisalSheet",
                columns: new[] { "AppraisalId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheet_DeputyId",
                table: "AppraisalSheet",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheet_TownshipId",
                table: "AppraisalSheet",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSubject_AppraisalId",
                table: "AppraisalSubject",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSubject_TownshipId",
                table: "AppraisalSubject",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSubject_UnitId",
                table: "AppraisalSubject",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalVisit_ActivityId",
                table: "AppraisalVisit",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalVisit_AppraisalId_ActivityId",
                table: "AppraisalVisit",
                columns: new[] { "AppraisalId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalVisit_TownshipId",
                table: "AppraisalVisit",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalMark");

            migrationBuilder.DropTable(
                name: "AppraisalReport");

            migrationBuilder.DropTable(
                name: "AppraisalVisit");

            migrationBuilder.DropTable(
                name: "AppraisalSheet");

            migrationBuilder.DropTable(
                name: "AppraisalSubject");

            migrationBuilder.DropTable(
                name: "Appraisals");
        }
    }
}
