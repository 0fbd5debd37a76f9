using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LivelihoodProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LivelihoodProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerUnitName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    PresidiumMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MonitorDeputyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: true),
                    BasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: true),
                    Unsatisfied = table.Column<int>(type: "INTEGER", nullable: true),
                    SatisfactionVotedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Deputies_MonitorDeputyId",
                        column: x => x.MonitorDeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Deputies_PresidiumMemberId",
                        column: x => x.PresidiumMemberId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_HandlingUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_LivelihoodCandidate_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "LivelihoodCandidate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LivelihoodInspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodInspection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodInspection_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LivelihoodInspection_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LivelihoodMilestone",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodMilestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodMilestone_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodInspection_ActivityId",
                table: "LivelihoodInspection",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodInspection_ProjectId_ActivityId",
                table: "LivelihoodInspection",
                columns: new[] { "ProjectId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodInspection_TownshipId",
                table: "LivelihoodInspection",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodMilestone_ProjectId_Order",
                table: "LivelihoodMilestone",
                columns: new[] { "ProjectId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodMilestone_TownshipId",
                table: "LivelihoodMilestone",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_CandidateId",
                table: "LivelihoodProjects",
                column: "CandidateId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_MonitorDeputyId",
                table: "LivelihoodProjects",
                column: "MonitorDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_OwnerUnitId",
                table: "LivelihoodProjects",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_PresidiumMemberId",
                table: "LivelihoodProjects",
                column: "PresidiumMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_SessionId",
                table: "LivelihoodProjects",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_TownshipId",
                table: "LivelihoodProjects",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_TownshipId_Year",
                table: "LivelihoodProjects",
                columns: new[] { "TownshipId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LivelihoodInspection");

            migrationBuilder.DropTable(
                name: "LivelihoodMilestone");

            migrationBuilder.DropTable(
                name: "LivelihoodProjects");
        }
    }
}
