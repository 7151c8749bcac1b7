using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Harness;

/// <summary>
/// A loopback proxy in front of the test PDS that passes every XRPC call on, counts them by method, and can be
/// scripted for the n-th call of a method: pass it on and never answer (the record lands, the caller never learns),
/// pass it on and answer 502, or answer without passing it on (400 ExpiredToken, 429 with ratelimit-reset, 503).
/// </summary>
public sealed class PdsProxy : IAsyncDisposable
{
    private static readonly HttpClient Pds = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly WebApplication _app;
    private readonly string _target;
    private readonly ConcurrentDictionary<(string, int), ProxyAct> _script = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentDictionary<string, int> _landed = new();
    private readonly ConcurrentBag<string> _authorizations = [];
    private readonly CancellationTokenSource _stopping = new();

    private PdsProxy(WebApplication app, string target)
    {
        _app = app;
        _target = target;
    }

    public string Url => _app.Urls.First();

    /// <summary>Every Authorization header the bot sent (the tokens, for the test that they are never logged).</summary>
    public IReadOnlyCollection<string> Authorizations => _authorizations;

    public static async Task<PdsProxy> StartAsync(string target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var proxy = new PdsProxy(app, target.TrimEnd('/'));
        app.Map("/xrpc/{method}", proxy.HandleAsync);
        await app.StartAsync();
        return proxy;
    }

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    /// <summary>Calls of a method the PDS has answered (whether or not the answer was passed back).</summary>
    public int Landed(string method) => _landed.GetValueOrDefault(method);

    /// <summary>Acts so on the n-th call (1-based) of an XRPC method.</summary>
    public PdsProxy On(string method, int call, ProxyAct act)
    {
        _script[(method, call)] = act;
        return this;
    }

    private async Task HandleAsync(HttpContext http, string method)
    {
        var number = _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (http.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            _authorizations.Add(authorization);
        }

        switch (_script.GetValueOrDefault((method, number)))
        {
            case ProxyAct.Answer answer:
                http.Response.StatusCode = answer.Status;
                if (answer.ResetAfter is { } reset)
                {
                    http.Response.Headers["ratelimit-reset"] = answer.Clock!.GetUtcNow().Add(reset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                }

                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync($$"""{"error":"{{answer.Error}}","message":"{{answer.Message}}"}""");
                return;
            case ProxyAct.PassOnThenHang:
                await ForwardAsync(http, method, answer: false);
                await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case ProxyAct.PassOnThen502:
                await ForwardAsync(http, method, answer: false);
                http.Response.StatusCode = 502;
                await http.Response.WriteAsync("<html><body>502 Bad Gateway</body></html>");
                return;
            default:
                await ForwardAsync(http, method, answer: true);
                return;
        }
    }

    private async Task ForwardAsync(HttpContext http, string method, bool answer)
    {
        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), $"{_target}/xrpc/{method}{http.Request.QueryString}");
        if (http.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (HttpMethods.IsPost(http.Request.Method))
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", http.Request.ContentType ?? "application/json");
        }

        using var response = await Pds.SendAsync(request);
        var content = await response.Content.ReadAsByteArrayAsync();
        _landed.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (answer)
        {
            http.Response.StatusCode = (int)response.StatusCode;
            http.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await http.Response.Body.WriteAsync(content);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>What <see cref="PdsProxy"/> does with one call instead of passing it on and back.</summary>
public abstract record ProxyAct
{
    /// <summary>Answers this without passing the call on; with <paramref name="ResetAfter"/>, a ratelimit-reset header.</summary>
    public sealed record Answer(int Status, string Error, string Message, TimeProvider? Clock = null, TimeSpan? ResetAfter = null) : ProxyAct;

    /// <summary>Passes the call on (a record lands) and never answers.</summary>
    public sealed record PassOnThenHang : ProxyAct;

    /// <summary>Passes the call on (a record lands) and answers 502, as a broken gateway would.</summary>
    public sealed record PassOnThen502 : ProxyAct;

    public static ProxyAct ExpiredToken { get; } = new Answer(400, "ExpiredToken", "Token has expired");
}
