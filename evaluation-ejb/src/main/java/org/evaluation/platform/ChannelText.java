package org.evaluation.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;

/**
 * The whole text of a file read through the channel that holds its lock (the key file, the audit
 * checkpoints): a second stream opened on it would not be covered by the lock on every system.
 */
public final class ChannelText {

    private ChannelText() {
    }

    public static String readAll(FileChannel channel, Charset charset) throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) channel.size());
        while (content.hasRemaining() && channel.read(content, content.position()) > 0) {
            // to the end
        }
        return new String(content.array(), 0, content.position(), charset);
    }
}
