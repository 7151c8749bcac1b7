using DigestBot.Posts;

namespace DigestBot.Publishing;

/// <summary>
/// The embedded default when no channel is configured: prints each post to standard output, as plain text
/// measured like a Telegram post, so a newcomer sees what the schedule would send.
/// </summary>
public sealed class ConsoleChannel(TextWriter output) : IChannel
{
    private int _sent;

    public string Name => ConsoleFormat.Name;

    public IPostFormat Format { get; } = new ConsoleFormat();

    public Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _sent);
        output.WriteLine($"--- post {number} ---");
        output.WriteLine(post.Text);
        output.Flush();
        return Task.FromResult<SendResult>(new SendResult.Sent($"console-{number}"));
    }
}
