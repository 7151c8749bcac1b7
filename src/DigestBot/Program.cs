using DigestBot.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await DigestCommands.InvokeAsync(args, Console.Out, Console.Error, input: Console.In);
