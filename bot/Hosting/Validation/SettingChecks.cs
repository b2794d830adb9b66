using System.Globalization;

namespace BuurtBot.Hosting.Validation;

/// <summary>Collects problems with one configuration section, each naming its key and what is allowed.</summary>
internal sealed class SettingChecks(string section)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public void Range(string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            _problems.Add($"{section}:{key} must be between {min} and {max} (it is {value}).");
        }
    }

    public void Range(string key, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            _problems.Add($"{section}:{key} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} (it is {value.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    public void Duration(string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            _problems.Add($"{section}:{key} must be between {Format(min)} and {Format(max)} (it is {Format(value)}).");
        }
    }

    public void Add(string problem) => _problems.Add($"{section}:{problem}");

    public Microsoft.Extensions.Options.ValidateOptionsResult Result() =>
        _problems.Count == 0 ? Microsoft.Extensions.Options.ValidateOptionsResult.Success : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(_problems);

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
