import PackagePlugin
@main struct IngestPlugin: CommandPlugin { func performCommand(context: PluginContext, arguments: [String]) async throws {} }
