using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Suggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "HandlingUnitId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HandlingUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandlingUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandlingUnits_Counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "Counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HandlingUnits_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionCategories_Counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "Counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Suggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 20300, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadDeputyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadDeputyName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromPresidium = table.Column<bool>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsComplex = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedSourceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsKeyItem = table.Column<bool>(type: "INTEGER", nullable: false),
                    Supervisor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstAssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerClass = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    LeadSatisfaction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Implementation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suggestions_Deputies_LeadDeputyId",
                        column: x => x.LeadDeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suggestions_HandlingUnits_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suggestions_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suggestions_SuggestionCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "SuggestionCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suggestions_Suggestions_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suggestions_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notifications_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionAnswer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLeadAnswer = table.Column<bool>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EnteredBySecretary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionAnswer_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuggestionAnswer_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionAssignments_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuggestionAssignments_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionEvent_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeputyName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Satisfaction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionFeedback_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionSigner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionSigner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionSigner_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuggestionSigner_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionAttachment_SuggestionAnswer_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "SuggestionAnswer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuggestionAttachment_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_HandlingUnitId",
                table: "AspNetUsers",
                column: "HandlingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingUnits_CountyId_Name",
                table: "HandlingUnits",
                columns: new[] { "CountyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandlingUnits_TownshipId",
                table: "HandlingUnits",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SuggestionId",
                table: "Notifications",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAnswer_SuggestionId",
                table: "SuggestionAnswer",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAnswer_TownshipId",
                table: "SuggestionAnswer",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAnswer_UnitId",
                table: "SuggestionAnswer",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAssignments_SuggestionId",
                table: "SuggestionAssignments",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAssignments_TownshipId",
                table: "SuggestionAssignments",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAssignments_UnitId_EndedOn",
                table: "SuggestionAssignments",
                columns: new[] { "UnitId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAttachment_AnswerId",
                table: "SuggestionAttachment",
                column: "AnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAttachment_SuggestionId",
                table: "SuggestionAttachment",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionAttachment_TownshipId",
                table: "SuggestionAttachment",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionCategories_CountyId_Name",
                table: "SuggestionCategories",
                columns: new[] { "CountyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionEvent_SuggestionId",
                table: "SuggestionEvent",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionEvent_TownshipId",
                table: "SuggestionEvent",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionFeedback_SuggestionId",
                table: "SuggestionFeedback",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionFeedback_TownshipId",
                table: "SuggestionFeedback",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_CategoryId",
                table: "Suggestions",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_LeadDeputyId",
                table: "Suggestions",
                column: "LeadDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_LeadUnitId",
                table: "Suggestions",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_MergedIntoId",
                table: "Suggestions",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_SessionId",
                table: "Suggestions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_State_Deadline",
                table: "Suggestions",
                columns: new[] { "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_TownshipId",
                table: "Suggestions",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_TownshipId_Year_Sequence",
                table: "Suggestions",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionSigner_DeputyId",
                table: "SuggestionSigner",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionSigner_SuggestionId_DeputyId",
                table: "SuggestionSigner",
                columns: new[] { "SuggestionId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionSigner_TownshipId",
                table: "SuggestionSigner",
                column: "TownshipId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_HandlingUnits_HandlingUnitId",
                table: "AspNetUsers",
                column: "HandlingUnitId",
                principalTable: "HandlingUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_HandlingUnits_HandlingUnitId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "SuggestionAssignments");

            migrationBuilder.DropTable(
                name: "SuggestionAttachment");

            migrationBuilder.DropTable(
                name: "SuggestionEvent");

            migrationBuilder.DropTable(
                name: "SuggestionFeedback");

            migrationBuilder.DropTable(
                name: "SuggestionSigner");

            migrationBuilder.DropTable(
                name: "SuggestionAnswer");

            migrationBuilder.DropTable(
                name: "Suggestions");

            migrationBuilder.DropTable(
                name: "HandlingUnits");

            migrationBuilder.DropTable(
                name: "SuggestionCategories");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_HandlingUnitId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "HandlingUnitId",
                table: "AspNetUsers");
        }
    }
}
