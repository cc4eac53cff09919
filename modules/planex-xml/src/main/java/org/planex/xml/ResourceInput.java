package org.planex.xml;

import java.io.InputStream;
import java.io.Reader;
import org.w3c.dom.ls.LSInput;

/** An {@link LSInput} over a byte stream, for the offline schema resolver. */
final class ResourceInput implements LSInput {

    private final String publicId;
    private final String systemId;
    private final String baseUri;
    private final InputStream stream;

    ResourceInput(String publicId, String systemId, String baseUri, InputStream stream) {
        this.publicId = publicId;
        this.systemId = systemId;
        this.baseUri = baseUri;
        this.stream = stream;
    }

    @Override
    public Reader getCharacterStream() {
        return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream getByteStream() {
        return stream;
    }

    @Override
    public void setByteStream(InputStream byteStream) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getStringData() {
        return null;
    }

    @Override
    public void setStringData(String stringData) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getSystemId() {
        return systemId;
    }

    @Override
    public void setSystemId(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getPublicId() {
        return publicId;
    }

    @Override
    public void setPublicId(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getBaseURI() {
        return baseUri;
    }

    @Override
    public void setBaseURI(String uri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getEncoding() {
        return null;
    }

    @Override
    public void setEncoding(String encoding) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getCertifiedText() {
        return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {
        throw new UnsupportedOperationException();
    }
}
