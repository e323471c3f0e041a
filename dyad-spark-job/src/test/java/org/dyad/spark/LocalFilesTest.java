package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    @TempDir
    java.nio.file.Path dir;

    private LocalFiles fileSystem() throws IOException {
        LocalFiles fs = new LocalFiles();
        fs.initialize(java.net.URI.create("file:///"), new Configuration(false));
        return fs;
    }

    @Test
    void hadoop_permissions_become_the_same_posix_bits() {
        assertEquals("rw-r--r--", PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0644))));
        assertEquals("rwxr-x--x", PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0751))));
        assertEquals("---------", PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0))));
    }

    @Test
    void a_file_and_a_folder_are_made_with_the_permissions_asked_for_and_the_files_checksum() throws IOException {
        try (LocalFiles fs = fileSystem()) {
            Path folder = new Path(dir.resolve("event_date=2025-03-14").toUri());
            fs.mkdirs(folder, new FsPermission((short) 0750));
            Path file = new Path(folder, "part-00000.parquet");
            try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1,
                    1 << 20, null)) {
                out.writeBytes("rows");
            }
            java.nio.file.Path written = dir.resolve("event_date=2025-03-14/part-00000.parquet");
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(written.getParent())));
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
            assertEquals("rows", Files.readString(written));
            // The checksummed local file system still writes its .crc beside the file.
            assertEquals(true, Files.exists(written.resolveSibling(".part-00000.parquet.crc")));
        }
    }

    @Test
    void permissions_set_later_are_set_too() throws IOException {
        try (LocalFiles fs = fileSystem()) {
            java.nio.file.Path f = Files.writeString(dir.resolve("a.json"), "{}");
            fs.setPermission(new Path(f.toUri()), new FsPermission((short) 0600));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
    }
}
