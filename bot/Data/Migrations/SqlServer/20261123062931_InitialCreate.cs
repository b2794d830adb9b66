using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConversationLeases",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Holder = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HeldUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationLeases", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "InboundReceipts",
                columns: table => new
                {
                    MessageId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1600)", maxLength: 1600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundReceipts", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    HouseNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Street = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SharingConsentAt = table.Column<long>(type: "bigint", nullable: true),
                    SharingConsentAnswered = table.Column<bool>(type: "bit", nullable: false),
                    OptedOutAt = table.Column<long>(type: "bigint", nullable: true),
                    LastChannel = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Channels = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastSeenAt = table.Column<long>(type: "bigint", nullable: false),
                    LastWhatsAppAt = table.Column<long>(type: "bigint", nullable: true),
                    Roles = table.Column<int>(type: "int", nullable: false),
                    Vetted = table.Column<bool>(type: "bit", nullable: false),
                    PausedUntil = table.Column<long>(type: "bigint", nullable: true),
                    InvitedToGiveBackAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    To = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1600)", maxLength: 1600, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    ProviderId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ErrorCode = table.Column<int>(type: "int", nullable: true),
                    StatusChangedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReplacesId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StateEntries",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ETag = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StateEntries", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "CoordinatorItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Closed = table.Column<bool>(type: "bit", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatorItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinatorItems_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    OffererId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Time = table.Column<TimeOnly>(type: "time", nullable: true),
                    PortionsLeft = table.Column<int>(type: "int", nullable: true),
                    PricePerPortion = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: true),
                    Dish = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    Diets = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Brings = table.Column<bool>(type: "bit", nullable: true),
                    Item = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Categories = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Days = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    MaxDistance = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Members_OffererId",
                        column: x => x.OffererId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    RequesterId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Time = table.Column<TimeOnly>(type: "time", nullable: true),
                    PartOfDay = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Portions = table.Column<int>(type: "int", nullable: true),
                    Diets = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Delivery = table.Column<bool>(type: "bit", nullable: true),
                    Item = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Beneficiary_Name = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Beneficiary_Relation = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Beneficiary_Street = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Beneficiary_HouseNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Beneficiary_Postcode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Beneficiary_Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Deadline = table.Column<long>(type: "bigint", nullable: false),
                    MatchedMemberId = table.Column<long>(type: "bigint", nullable: true),
                    MatchedOfferId = table.Column<long>(type: "bigint", nullable: true),
                    MatchedAt = table.Column<long>(type: "bigint", nullable: true),
                    AgreedTime = table.Column<TimeOnly>(type: "time", nullable: true),
                    Rating = table.Column<int>(type: "int", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    RepeatDays = table.Column<int>(type: "int", nullable: true),
                    PreviousOccurrenceId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requests_Members_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    OfferId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Wave = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    AskedAt = table.Column<long>(type: "bigint", nullable: true),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelayedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    FromMemberId = table.Column<long>(type: "bigint", nullable: false),
                    ToMemberId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1600)", maxLength: 1600, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelayedMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelayedMessages_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ClaimToken = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledTasks_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorItems_Closed_CreatedAt",
                table: "CoordinatorItems",
                columns: new[] { "Closed", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorItems_MemberId",
                table: "CoordinatorItems",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_InboundReceipts_From_ReceivedAt",
                table: "InboundReceipts",
                columns: new[] { "From", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboundReceipts_ReceivedAt",
                table: "InboundReceipts",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Phone",
                table: "Members",
                column: "Phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_Postcode",
                table: "Members",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OffererId_Status",
                table: "Offers",
                columns: new[] { "OffererId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Status_Kind_Date",
                table: "Offers",
                columns: new[] { "Status", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ClaimToken",
                table: "OutboxMessages",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProviderId",
                table: "OutboxMessages",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_To_Id",
                table: "OutboxMessages",
                columns: new[] { "To", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_MemberId_AskedAt",
                table: "Questions",
                columns: new[] { "MemberId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_MemberId_Status",
                table: "Questions",
                columns: new[] { "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_RequestId_Status",
                table: "Questions",
                columns: new[] { "RequestId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RelayedMessages_RequestId_Id",
                table: "RelayedMessages",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_MatchedMemberId",
                table: "Requests",
                column: "MatchedMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PreviousOccurrenceId",
                table: "Requests",
                column: "PreviousOccurrenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_RequesterId_Status",
                table: "Requests",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_Kind_Date",
                table: "Requests",
                columns: new[] { "Status", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledTasks_ClaimToken",
                table: "ScheduledTasks",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledTasks_RequestId_Kind",
                table: "ScheduledTasks",
                columns: new[] { "RequestId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledTasks_Status_DueAt",
                table: "ScheduledTasks",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationLeases");

            migrationBuilder.DropTable(
                name: "CoordinatorItems");

            migrationBuilder.DropTable(
                name: "InboundReceipts");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "RelayedMessages");

            migrationBuilder.DropTable(
                name: "ScheduledTasks");

            migrationBuilder.DropTable(
                name: "StateEntries");

            migrationBuilder.DropTable(
                name: "Requests");

            migrationBuilder.DropTable(
                name: "Members");
        }
    }
}
