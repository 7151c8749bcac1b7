using System.Diagnostics;

namespace DigestBot.Tests.Harness;

/// <summary>A real digestbot process (the built program), its output lines kept for the test to read.</summary>
public sealed class DigestbotProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private DigestbotProcess(Process process) => _process = process;

    public string Name { get; private init; } = "";

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines { get { lock (_lines) { return [.. _lines]; } } }

    /// <summary>
    /// Starts the program with these arguments, and these environment variables over the test's own; with
    /// <paramref name="parentShell"/> (a POSIX shell, perhaps a link under another name) as its parent process.
    /// </summary>
    public static DigestbotProcess Start(
        string name, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? parentShell = null)
    {
        var start = new ProcessStartInfo(parentShell ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (parentShell is not null)
        {
            // "&" and wait, not exec: the shell stays the program's parent.
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("\"$@\" & wait $!");
            start.ArgumentList.Add("sh");
            start.ArgumentList.Add("dotnet");
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(RepoPaths.Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new DigestbotProcess(Process.Start(start)!) { Name = name };
        process._process.OutputDataReceived += (_, e) => process.Add(e.Data);
        process._process.ErrorDataReceived += (_, e) => process.Add(e.Data);
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    public bool Logged(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Kills the process and its children at once, as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits until the condition holds; fails (with the processes' output) after the limit, or when a process exits.</summary>
    public static async Task WaitAsync(Func<bool> done, IReadOnlyList<DigestbotProcess> running, string what, TimeSpan? limit = null)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!done())
        {
            var exited = running.FirstOrDefault(p => p.HasExited);
            Assert.True(exited is null, $"{exited?.Name} exited before {what}:\n{Dump(running)}");
            Assert.True(stopwatch.Elapsed < (limit ?? TimeSpan.FromMinutes(2)), $"timed out waiting for {what}:\n{Dump(running)}");
            await Task.Delay(20);
        }
    }

    public static string Dump(IEnumerable<DigestbotProcess> processes) =>
        string.Join("\n", processes.SelectMany(p => p.Lines.Select(l => $"[{p.Name}] {l}")));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }
}
