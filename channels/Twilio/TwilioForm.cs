using System.Collections;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// The fields of a webhook, in the order received; a name may repeat. Twilio adds fields without notice,
/// so readers look up the ones they know and ignore the rest.
/// </summary>
public sealed class TwilioForm : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _fields;

    public TwilioForm(IEnumerable<KeyValuePair<string, string>> fields) => _fields = fields.ToArray();

    public int Count => _fields.Count;

    public KeyValuePair<string, string> this[int index] => _fields[index];

    /// <summary>The first value of <paramref name="name"/> (case-sensitive, as Twilio names are), or null.</summary>
    public string? this[string name]
    {
        get
        {
            foreach (var (key, value) in _fields)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>Every value of <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        _fields.Where(f => string.Equals(f.Key, name, StringComparison.Ordinal)).Select(f => f.Value).ToArray();

    /// <summary>The value, or null when the field is absent or empty.</summary>
    public string? NonEmpty(string name) => this[name] is { Length: > 0 } value ? value : null;

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
