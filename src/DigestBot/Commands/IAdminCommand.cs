namespace DigestBot.Commands;

/// <summary>
/// A command only an admin may use, in a private chat; to anyone else the router answers as to an unknown command.
/// </summary>
public interface IAdminCommand : ICommandHandler;
