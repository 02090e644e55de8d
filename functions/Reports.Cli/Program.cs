using System.Text;
using Reports.Cli.Commands;

// Ctrl+C is handled by System.CommandLine: it cancels the token the command runs with.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
