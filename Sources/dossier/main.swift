import DossierCLI
import Foundation

// Everything but the exit is in DossierCLI, where it is tested.
exit(await CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
