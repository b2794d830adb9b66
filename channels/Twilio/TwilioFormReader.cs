using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// Reads an application/x-www-form-urlencoded webhook body into a <see cref="TwilioForm"/>. Malformed,
/// oversized or non-UTF-8 input gives a failure with a reason (answer 400), never an exception; only the
/// caller's cancellation is thrown.
/// </summary>
public static class TwilioFormReader
{
    /// <summary>Twilio's own limit for our replies; its webhooks are a few kilobytes.</summary>
    public const int DefaultMaxBytes = 64 * 1024;

    private const int MaxFields = 500;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Task<TwilioFormReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(request.Body, request.ContentType, request.ContentLength, DefaultMaxBytes, cancellationToken);

    public static async Task<TwilioFormReadResult> ReadAsync(
        Stream body, string? contentType, long? contentLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (ContentTypeProblem(contentType) is { } problem)
        {
            return TwilioFormReadResult.Failure(problem);
        }

        if (contentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            do
            {
                read = await body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancellationToken);
                length += read;
                if (length > maxBytes)
                {
                    return TooLarge(maxBytes);
                }
            }
            while (read > 0);

            return Parse(buffer.AsSpan(0, length));
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            return TwilioFormReadResult.Failure("The request body could not be read.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a whole form body ('+' is a space, %XX escapes are UTF-8).</summary>
    public static TwilioFormReadResult Parse(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return TwilioFormReadResult.Failure("The form body is not valid UTF-8.");
        }

        var fields = new List<KeyValuePair<string, string>>();
        try
        {
            using var reader = new FormReader(text);
            while (reader.ReadNextPair() is { } pair)
            {
                if (fields.Count == MaxFields)
                {
                    return TwilioFormReadResult.Failure($"The form has more than {MaxFields} fields.");
                }

                fields.Add(pair);
            }
        }
        catch (InvalidDataException)
        {
            return TwilioFormReadResult.Failure("The form has a name or value over the reader's limits.");
        }

        return TwilioFormReadResult.Success(new TwilioForm(fields));
    }

    private static string? ContentTypeProblem(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return "The body must be application/x-www-form-urlencoded.";
        }

        var charset = mediaType.Charset;
        return charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase)
            ? "The form must be UTF-8."
            : null;
    }

    private static TwilioFormReadResult TooLarge(int maxBytes) =>
        TwilioFormReadResult.Failure($"The body is larger than {maxBytes} bytes.");
}
