package com.inventorytracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the folder of a file-based SQLite URL before the datasource opens it: SQLite creates the file but not
 * its folder, and a fresh clone or a new dyno has no {@code data/}.
 */
public class SqliteDataFolderInitializer implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty("spring.datasource.url", "");
        databaseFile(url).map(Path::getParent).ifPresent(SqliteDataFolderInitializer::createFolder);
    }

    static Optional<Path> databaseFile(String url) {
        if (!url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String location = url.substring(PREFIX.length());
        int options = location.indexOf('?');
        if (options >= 0) {
            location = location.substring(0, options);
        }
        if (location.isEmpty() || location.equals(":memory:") || location.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location).toAbsolutePath());
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the database folder " + folder, ex);
        }
    }

}
