namespace BuurtBot.Data;

/// <summary>Where the database is: the connection string "BuurtBot" (an SQLite file by default).</summary>
public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "BuurtBot";

    public const string DefaultConnectionString = "Data Source=buurtbot.db";
}
