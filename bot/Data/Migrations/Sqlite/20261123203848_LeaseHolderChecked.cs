using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeaseHolderChecked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Only the model changed: ConversationLeases.Holder is a concurrency token, so a turn that lets go of its
            // lease in its closing write does so only while it still holds it. The table stays as it is.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo in the table (see Up).
        }
    }
}
