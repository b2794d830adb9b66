using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReplacesId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReplacesId",
                table: "OutboxMessages");
        }
    }
}
