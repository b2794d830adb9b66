using System.Net;
using System.Net.Sockets;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>
/// A loopback port that was free a moment ago, for a process that must be started on a known port. It can be
/// taken by someone else before that process binds it; where the process can pick its own port, let it
/// (see <see cref="BotProcess"/>).
/// </summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
