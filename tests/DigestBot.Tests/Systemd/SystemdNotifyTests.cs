using System.Net.Sockets;
using System.Text;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;

namespace DigestBot.Tests.Systemd;

/// <summary>
/// Type=notify: a real `digestbot run` tells the socket in NOTIFY_SOCKET that it is ready, as systemd would receive
/// it. The test plays systemd's part: it binds the datagram socket and sets NOTIFY_SOCKET. NOTIFY_SOCKET alone is
/// not enough: Microsoft.Extensions.Hosting.Systemd 10.0 acts only when the parent process is named "systemd" (or the
/// program is PID 1), so the program is started by a shell linked under that name.
/// </summary>
public sealed class SystemdNotifyTests
{
    [Fact]
    public async Task Run_sends_READY_to_the_notify_socket_once_started()
    {
        await using var api = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("digestbot-systemd-");
        var socketPath = Path.Combine(folder.FullName, "notify.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        try
        {
            using var bot = DigestbotProcess.Start("systemd", [
                "run",
                $"--Telegram:BotToken={FakeBotApi.Token}",
                $"--Telegram:ApiBaseUrl={api.BaseUrl}",
                "--Telegram:PollTimeoutSeconds=2",
                $"--Storage:ConnectionString=Data Source={Path.Combine(folder.FullName, "digestbot.db")}",
                $"--Digests:Path={RepoPaths.SampleDigests}",
            ], new Dictionary<string, string?> { ["NOTIFY_SOCKET"] = socketPath }, parentShell: SystemdNamedShell(folder.FullName));

            var messages = await ReceiveUntilReadyAsync(socket, bot);

            Assert.Contains("READY=1", messages);
            Assert.False(bot.HasExited, DigestbotProcess.Dump([bot]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>/bin/sh under the name "systemd", as /proc/PID/comm shows the name the program was started by.</summary>
    private static string SystemdNamedShell(string folder)
    {
        var link = Path.Combine(folder, "systemd");
        File.CreateSymbolicLink(link, "/bin/sh");
        return link;
    }

    /// <summary>The notifications received (one datagram may hold several lines) until READY=1, the process's exit or a minute.</summary>
    private static async Task<List<string>> ReceiveUntilReadyAsync(Socket socket, DigestbotProcess bot)
    {
        var messages = new List<string>();
        var buffer = new byte[4096];
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!messages.Contains("READY=1"))
        {
            var receive = socket.ReceiveAsync(buffer, SocketFlags.None, limit.Token).AsTask();
            while (!receive.IsCompleted)
            {
                Assert.False(bot.HasExited, $"digestbot exited before READY=1:\n{DigestbotProcess.Dump([bot])}");
                await Task.WhenAny(receive, Task.Delay(50));
            }

            var length = await receive;
            messages.AddRange(Encoding.UTF8.GetString(buffer, 0, length).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        return messages;
    }
}
