using System.Net;
using System.Net.Sockets;

namespace DigestBot.Tests.Harness;

/// <summary>Loopback ports for tests that need a connection refused.</summary>
internal static class LoopbackPort
{
    /// <summary>A port that was free a moment ago and that nothing listens on now.</summary>
    public static int Closed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
