using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Benchmarks.Chat;

/// <summary>
/// A lean fake Bot API for the throughput run: N pre-generated private-chat updates "/week 43" (one user each, with
/// a bot_command entity), handed out by getUpdates in batches of 100, and every sendMessage acknowledged with a
/// realistic Message. It notes when each update was handed out and when its reply was acknowledged.
/// </summary>
internal sealed class BenchBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAH-benchmark_token_for_loopback_0001";
    private const int FirstUpdate = 1;
    private const long FirstUser = 10_000_000;

    private readonly WebApplication _app;
    private readonly byte[][] _updates;
    private readonly long[] _handedOut;
    private readonly long[] _acknowledged;
    private int _acks;
    private int _messageId;

    private readonly int _warmUp;

    private BenchBotApi(WebApplication app, int warmUp, int count)
    {
        _app = app;
        _warmUp = warmUp;
        _updates = Enumerable.Range(0, warmUp + count).Select(Update).ToArray();
        _handedOut = new long[warmUp + count];
        _acknowledged = new long[warmUp + count];
    }

    public string BaseUrl => _app.Urls.First();

    public TaskCompletionSource AllAnswered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first <paramref name="warmUp"/> updates warm the path up (JIT, connections) and are not measured.</summary>
    public static async Task<BenchBotApi> StartAsync(int warmUp, int count)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new BenchBotApi(app, warmUp, count);
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>Latency of each command: from its update handed out to its reply acknowledged.</summary>
    public double[] LatenciesMs() =>
        _handedOut.Skip(_warmUp).Zip(_acknowledged.Skip(_warmUp), (from, to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds).ToArray();

    /// <summary>From the first measured update handed out to the last reply acknowledged.</summary>
    public (long First, long Last) Span() => (_handedOut.Skip(_warmUp).Min(), _acknowledged.Skip(_warmUp).Max());

    private async Task HandleAsync(HttpContext http, string method)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var json = body.ToArray();
        http.Response.ContentType = "application/json";
        byte[] answer = method switch
        {
            "getUpdates" => GetUpdates(json),
            "sendMessage" => SendMessage(json),
            "getMe" => """{"ok":true,"result":{"id":123456789,"is_bot":true,"first_name":"DigestBot","username":"DigestBot","can_join_groups":true,"can_read_all_group_messages":false,"supports_inline_queries":false}}"""u8.ToArray(),
            _ => """{"ok":true,"result":true}"""u8.ToArray(),
        };
        await http.Response.Body.WriteAsync(answer);
    }

    private byte[] GetUpdates(byte[] json)
    {
        var offset = Math.Max(FirstUpdate, Number(json, "offset"u8) ?? 0);
        var from = (int)(offset - FirstUpdate);
        var take = Math.Min(100, _updates.Length - from);
        var result = new ArrayBufferWriter<byte>();
        result.Write("""{"ok":true,"result":["""u8);
        var now = Stopwatch.GetTimestamp();
        for (var i = from; i < from + take; i++)
        {
            result.Write(i > from ? ","u8 : ""u8);
            result.Write(_updates[i]);
            _handedOut[i] = now;
        }

        result.Write("]}"u8);
        return result.WrittenSpan.ToArray();
    }

    private byte[] SendMessage(byte[] json)
    {
        var chat = Number(json, "chat_id"u8) ?? 0;
        var index = (int)(chat - FirstUser);
        var id = Interlocked.Increment(ref _messageId);
        var date = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var message = string.Concat(
            """{"ok":true,"result":{"message_id":""", id.ToString(CultureInfo.InvariantCulture),
            ""","from":{"id":123456789,"is_bot":true,"first_name":"DigestBot","username":"DigestBot"},"chat":{"id":""", chat.ToString(CultureInfo.InvariantCulture),
            ""","first_name":"Reader","type":"private"},"date":""", date.ToString(CultureInfo.InvariantCulture),
            ""","text":"ML News 2020-W43 · 4 papers","link_preview_options":{"is_disabled":true}}}""");
        if (index >= 0 && index < _acknowledged.Length)
        {
            _acknowledged[index] = Stopwatch.GetTimestamp();
            if (Interlocked.Increment(ref _acks) == _acknowledged.Length)
            {
                AllAnswered.TrySetResult();
            }
        }

        return Encoding.UTF8.GetBytes(message);
    }

    private static byte[] Update(int index) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $$$"""{"update_id":{{{FirstUpdate + index}}},"message":{"message_id":{{{index + 1}}},"from":{"id":{{{FirstUser + index}}},"is_bot":false,"first_name":"Reader","language_code":"en"},"chat":{"id":{{{FirstUser + index}}},"first_name":"Reader","type":"private"},"date":1603094400,"text":"/week 43","entities":[{"offset":0,"length":5,"type":"bot_command"}]}}"""));

    /// <summary>A top-level number property of a JSON body.</summary>
    private static long? Number(byte[] json, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : long.Parse(reader.GetString()!, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
