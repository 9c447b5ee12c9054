using MemberInsights.Loader;

return await LoaderApp.RunAsync(args).ConfigureAwait(false);
