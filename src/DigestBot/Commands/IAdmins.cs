namespace DigestBot.Commands;

/// <summary>Who may use the admin commands (<see cref="IAdminCommand"/>); the front end's settings say.</summary>
public interface IAdmins
{
    bool IsAdmin(long userId);
}
