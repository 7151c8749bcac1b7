using DigestBot.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await DigestCommands.Build(Console.Out, Console.Error).Parse(args).InvokeAsync();
