using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BuurtBot.Coordination.Api;

/// <summary>Lets a request through only with the configured API key (compared in constant time); 401 otherwise.</summary>
internal sealed class CoordinatorApiKeyFilter(IOptions<CoordinatorApiOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.ApiKey;
        var given = context.HttpContext.Request.Headers[CoordinatorApiOptions.HeaderName].ToString();
        var valid = !string.IsNullOrEmpty(expected) && given.Length > 0
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        return valid ? next(context) : ValueTask.FromResult<object?>(Results.Unauthorized());
    }
}
