package org.planex.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of planex, from the jar manifest when packaged. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"planex " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version")};
    }
}
