using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoordinatorApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "From",
                table: "InboundReceipts",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "InboundReceipts",
                type: "TEXT",
                maxLength: 1600,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "CoordinatorItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundReceipts_From_ReceivedAt",
                table: "InboundReceipts",
                columns: new[] { "From", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboundReceipts_From_ReceivedAt",
                table: "InboundReceipts");

            migrationBuilder.DropColumn(
                name: "From",
                table: "InboundReceipts");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "InboundReceipts");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "CoordinatorItems");
        }
    }
}
