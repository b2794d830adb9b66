using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

internal static class DatabaseErrors
{
    private const int SqliteConstraint = 19;

    private const int SqlServerUniqueConstraint = 2627;

    private const int SqlServerUniqueIndex = 2601;

    private const int SqlServerDeadlockVictim = 1205;

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite => sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        SqlException sql => sql.Number is SqlServerUniqueConstraint or SqlServerUniqueIndex,
        _ => false,
    };

    /// <summary>SQL Server ended this transaction to break a deadlock; running the work again is safe.</summary>
    public static bool IsDeadlockVictim(DbUpdateException exception) =>
        exception.InnerException is SqlException { Number: SqlServerDeadlockVictim };
}
