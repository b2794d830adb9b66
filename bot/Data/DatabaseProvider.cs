namespace BuurtBot.Data;

/// <summary>Which database engine holds the bot's data (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file: the default, for development and a single small installation.</summary>
    Sqlite,

    /// <summary>SQL Server or Azure SQL: for production and several instances.</summary>
    SqlServer,
}
