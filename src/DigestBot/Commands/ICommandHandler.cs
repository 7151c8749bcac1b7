namespace DigestBot.Commands;

/// <summary>One chat command's answer. Its name, usage and menu descriptions are in <see cref="CommandMenu"/>.</summary>
public interface ICommandHandler
{
    string Name { get; }

    Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken);
}
